package io.recruitbot.conversation.understanding;

/**
 * How close two short texts are in meaning, from 0 (unrelated) to 1 (the same), as the in-process sentence
 * embeddings see it. Used to match a desired role to vacancy titles ("truck driver" and "Truck Driver CE").
 */
public interface TextSimilarity {

	double similarity(String first, String second);

}

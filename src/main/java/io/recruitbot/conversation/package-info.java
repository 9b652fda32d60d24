/**
 * The screening workflow: the agent graph, its checkpointed state and the offline understanding.
 */
package io.recruitbot.conversation;

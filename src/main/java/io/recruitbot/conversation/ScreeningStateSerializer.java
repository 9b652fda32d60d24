package io.recruitbot.conversation;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Map;

import io.recruitbot.conversation.checkpoint.JsonState;
import org.bsc.langgraph4j.serializer.StateSerializer;

/**
 * How LangGraph4j copies the workflow state, which it does after every step: a deep copy of the JSON values the state
 * holds ({@link JsonState#copyOf}), never Java serialisation. LangGraph4j's default copies through object streams,
 * which took a third of the processor time of a message. The state never goes through object streams at all: the
 * checkpoint stores write it as JSON, so the byte form is refused.
 */
final class ScreeningStateSerializer extends StateSerializer<ScreeningState> {

	ScreeningStateSerializer() {
		super(ScreeningState::new);
	}

	@Override
	public ScreeningState cloneObject(ScreeningState state) {
		return new ScreeningState(JsonState.copyOf(state.data()));
	}

	@Override
	public void writeData(Map<String, Object> data, ObjectOutput out) {
		throw new UnsupportedOperationException("The workflow state is kept as JSON by the checkpoint stores");
	}

	@Override
	public Map<String, Object> readData(ObjectInput in) {
		throw new UnsupportedOperationException("The workflow state is kept as JSON by the checkpoint stores");
	}

}

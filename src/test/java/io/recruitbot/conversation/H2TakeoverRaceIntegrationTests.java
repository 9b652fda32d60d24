package io.recruitbot.conversation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** The take-over race on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TakeoverRaceContract.PausingUnderstanding.class)
class H2TakeoverRaceIntegrationTests extends TakeoverRaceContract {

}

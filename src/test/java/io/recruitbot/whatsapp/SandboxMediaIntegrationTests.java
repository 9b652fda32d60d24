package io.recruitbot.whatsapp;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.recruitbot.candidate.CandidateRepository;
import io.recruitbot.candidate.Transcript;
import io.recruitbot.candidate.TranscriptEntry;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static io.recruitbot.system.security.MachineRequests.get;
import static io.recruitbot.system.security.MachineRequests.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default end to end: the simulator sends a picture, the sandbox gateway keeps it, and the recruiter's
 * link hands it over the same way a provider's file is.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SandboxMediaIntegrationTests {

	private static final byte[] PICTURE = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CandidateRepository candidates;

	@Autowired
	private Transcript transcript;

	@Autowired
	private JsonMapper json;

	@Test
	void aPictureSentFromTheSimulatorReachesTheRecruiter() throws Exception {
		String id = uploaded(MediaType.IMAGE_PNG, PICTURE).get("id");
		this.mvc.perform(post("/api/sandbox/inbound").contentType(MediaType.APPLICATION_JSON).content("""
				{"from": "31688800001", "profileName": "Mila", "text": "my certificate", "mediaId": "%s"}""".formatted(id)));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.candidates.findByPhone("31688800001").isPresent());
		UUID mila = this.candidates.findByPhone("31688800001").orElseThrow().id();
		TranscriptEntry sent = this.transcript.of(mila).get(0);

		MockHttpServletResponse picture = this.mvc.perform(get(sent.media().url())).andReturn().getResponse();

		assertThat(sent.type()).isEqualTo("image");
		assertThat(sent.media().caption()).isEqualTo("my certificate");
		assertThat(picture.getStatus()).isEqualTo(200);
		assertThat(picture.getContentAsByteArray()).isEqualTo(PICTURE);
		assertThat(picture.getContentType()).isEqualTo("image/png");
		assertThat(picture.getHeader("Content-Disposition")).startsWith("inline; filename=\"image.png\"");
	}

	@Test
	void onlyFilesWhatsAppCarriesAreTaken() throws Exception {
		assertThat(upload(MediaType.TEXT_HTML, "<script>".getBytes()).getStatus()).isEqualTo(415);
		assertThat(upload(MediaType.IMAGE_PNG, new byte[SandboxMedia.LARGEST_FILE + 1]).getStatus()).isEqualTo(413);
		assertThat(upload(MediaType.IMAGE_PNG, new byte[0]).getStatus()).isEqualTo(400);
	}

	@Test
	void aMessageNamingNoKeptFileIsRefused() throws Exception {
		MockHttpServletResponse answer = this.mvc.perform(post("/api/sandbox/inbound")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"from": "31688800002", "mediaId": "sandbox-media-unknown"}"""))
			.andReturn()
			.getResponse();

		assertThat(answer.getStatus()).isEqualTo(400);
		assertThat(answer.getContentAsString()).contains("mediaId");
	}

	private Map<String, String> uploaded(MediaType type, byte[] bytes) throws Exception {
		MockHttpServletResponse answer = upload(type, bytes);
		assertThat(answer.getStatus()).isEqualTo(201);
		return this.json.readValue(answer.getContentAsString(), new TypeReference<>() {
		});
	}

	private MockHttpServletResponse upload(MediaType type, byte[] bytes) throws Exception {
		return this.mvc.perform(post("/api/sandbox/media").contentType(type).content(bytes)).andReturn().getResponse();
	}

}

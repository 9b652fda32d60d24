package io.recruitbot.candidate;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import io.recruitbot.system.BadRequestException;
import io.recruitbot.system.ConflictException;
import io.recruitbot.system.FieldMessages;
import io.recruitbot.system.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API for vacancies: list, read, create (409 on an existing id), replace, delete. Each answers the vacancy as
 * stored, with its defaults filled in.
 */
@RestController
@RequestMapping("/api/vacancies")
class VacancyController {

	private final VacancyRepository vacancies;

	private final Validator validator;

	VacancyController(VacancyRepository vacancies, Validator validator) {
		this.vacancies = vacancies;
		this.validator = validator;
	}

	@GetMapping
	List<Vacancy> list() {
		return this.vacancies.findAll();
	}

	@GetMapping("/{id}")
	Vacancy get(@PathVariable String id) {
		return this.vacancies.findById(id).orElseThrow(() -> unknown(id));
	}

	@PostMapping
	ResponseEntity<Vacancy> create(@Valid @RequestBody Vacancy vacancy) {
		Vacancy created = this.vacancies.create(vacancy)
			.orElseThrow(() -> new ConflictException("vacancy_exists", "A vacancy with id '" + vacancy.id()
					+ "' exists already; change it with PUT /api/vacancies/" + vacancy.id() + "."));
		return ResponseEntity.created(URI.create("/api/vacancies/" + created.id())).body(created);
	}

	/** Replaces the vacancy; the body's {@code id} may be left out, and must be the path's when given. */
	@PutMapping("/{id}")
	Vacancy replace(@PathVariable String id, @RequestBody Vacancy vacancy) {
		if (vacancy.id() != null && !vacancy.id().equals(id)) {
			throw new BadRequestException("validation_failed",
					"id must be the vacancy's id '" + id + "' (a vacancy keeps its id).");
		}
		Vacancy withId = vacancy.withId(id);
		String invalid = this.validator.validate(withId)
			.stream()
			.map((violation) -> FieldMessages.describe(violation.getPropertyPath().toString(), violation.getMessage()))
			.sorted()
			.collect(Collectors.joining("; "));
		if (!invalid.isEmpty()) {
			throw new BadRequestException("validation_failed", invalid);
		}
		return this.vacancies.update(withId).orElseThrow(() -> unknown(id));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		if (!this.vacancies.delete(id)) {
			throw unknown(id);
		}
		return ResponseEntity.noContent().build();
	}

	private static NotFoundException unknown(String id) {
		return new NotFoundException("No vacancy with id '" + id + "'.");
	}

}

package io.recruitbot.candidate;

import java.util.List;

import io.recruitbot.system.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin API for vacancies: list, upsert by id, delete. */
@RestController
@RequestMapping("/api/vacancies")
class VacancyController {

	private final VacancyRepository vacancies;

	VacancyController(VacancyRepository vacancies) {
		this.vacancies = vacancies;
	}

	@GetMapping
	List<Vacancy> list() {
		return this.vacancies.findAll();
	}

	@PostMapping
	Vacancy upsert(@Valid @RequestBody Vacancy vacancy) {
		return this.vacancies.upsert(vacancy);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		if (!this.vacancies.delete(id)) {
			throw new NotFoundException("No vacancy with id '" + id + "'.");
		}
		return ResponseEntity.noContent().build();
	}

}

package io.recruitbot.candidate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.recruitbot.system.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Vacancies in the {@code vacancy} table. */
@Repository
public class VacancyRepository {

	private static final String INSERT = """
			insert into vacancy (id, title, city, hours_per_week_min, hours_per_week_max, salary_min, salary_max,
			  salary_currency, salary_period, requires_driving_license, min_years_experience, description, active,
			  max_travel_km, created_at, updated_at)
			values (:id, :title, :city, :hoursMin, :hoursMax, :salaryMin, :salaryMax, :currency, :period, :licence,
			  :minYears, :description, :active, :maxTravelKm, :now, :now)""";

	private static final String UPDATE = """
			update vacancy set title = :title, city = :city, hours_per_week_min = :hoursMin,
			  hours_per_week_max = :hoursMax, salary_min = :salaryMin, salary_max = :salaryMax,
			  salary_currency = :currency, salary_period = :period, requires_driving_license = :licence,
			  min_years_experience = :minYears, description = :description, active = :active,
			  max_travel_km = :maxTravelKm, updated_at = :now
			where id = :id""";

	private final JdbcClient jdbc;

	private final Clock clock;

	VacancyRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Vacancy> findAll() {
		return this.jdbc.sql("select * from vacancy order by id").query(VacancyRepository::map).list();
	}

	public List<Vacancy> findActive() {
		return this.jdbc.sql("select * from vacancy where active = true order by id").query(VacancyRepository::map).list();
	}

	public Optional<Vacancy> findById(String id) {
		return this.jdbc.sql("select * from vacancy where id = ?").param(id).query(VacancyRepository::map).optional();
	}

	long count() {
		return this.jdbc.sql("select count(*) from vacancy").query(Long.class).single();
	}

	/** Stores a new vacancy; empty when one with its id exists already (which is left alone). */
	@Transactional
	Optional<Vacancy> create(Vacancy vacancy) {
		Vacancy stored = vacancy.withDefaults();
		int inserted = this.jdbc.sql(INSERT + " on conflict do nothing")
			.params(parameters(stored))
			.param("now", SqlTimestamps.param(this.clock.instant()))
			.update();
		return (inserted == 0) ? Optional.empty() : findById(stored.id());
	}

	/** Replaces the stored vacancy with this id; empty when there is none. */
	@Transactional
	Optional<Vacancy> update(Vacancy vacancy) {
		Vacancy stored = vacancy.withDefaults();
		int updated = this.jdbc.sql(UPDATE)
			.params(parameters(stored))
			.param("now", SqlTimestamps.param(this.clock.instant()))
			.update();
		return (updated == 0) ? Optional.empty() : findById(stored.id());
	}

	/** Creates or replaces: for the demo vacancies loaded at start, not for the API (which tells the two apart). */
	@Transactional
	public Vacancy upsert(Vacancy vacancy) {
		Vacancy stored = vacancy.withDefaults();
		var now = SqlTimestamps.param(this.clock.instant());
		int updated = this.jdbc.sql(UPDATE)
			.params(parameters(stored))
			.param("now", now)
			.update();
		if (updated == 0) {
			this.jdbc.sql(INSERT)
				.params(parameters(stored))
				.param("now", now)
				.update();
		}
		return findById(stored.id()).orElseThrow();
	}

	boolean delete(String id) {
		return this.jdbc.sql("delete from vacancy where id = ?").param(id).update() > 0;
	}

	private static Map<String, Object> parameters(Vacancy vacancy) {
		Map<String, Object> values = new HashMap<>();
		values.put("id", vacancy.id());
		values.put("title", vacancy.title());
		values.put("city", vacancy.city());
		values.put("hoursMin", vacancy.hoursPerWeekMin());
		values.put("hoursMax", vacancy.hoursPerWeekMax());
		values.put("salaryMin", vacancy.salaryMin());
		values.put("salaryMax", vacancy.salaryMax());
		values.put("currency", vacancy.salaryCurrency());
		values.put("period", vacancy.salaryPeriod());
		values.put("licence", vacancy.requiresDrivingLicense());
		values.put("minYears", vacancy.minYearsExperience());
		values.put("description", vacancy.description());
		values.put("active", vacancy.active());
		values.put("maxTravelKm", vacancy.maxTravelKm());
		return values;
	}

	private static Vacancy map(ResultSet row, int rowNumber) throws SQLException {
		return new Vacancy(row.getString("id"), row.getString("title"), row.getString("city"),
				row.getObject("hours_per_week_min", Integer.class), row.getObject("hours_per_week_max", Integer.class),
				row.getObject("salary_min", Integer.class), row.getObject("salary_max", Integer.class),
				row.getString("salary_currency"), row.getString("salary_period"),
				row.getBoolean("requires_driving_license"), row.getInt("min_years_experience"),
				row.getString("description"), row.getBoolean("active"), row.getInt("max_travel_km"));
	}

}

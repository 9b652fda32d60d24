/**
 * Candidates, their consent and erasure, vacancies and matching data, and the admin API over them.
 */
package io.recruitbot.candidate;

/**
 * Health endpoints, metrics, structured logs and start-up checks.
 */
package io.recruitbot.ops;

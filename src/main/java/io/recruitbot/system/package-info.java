/**
 * Shared set-up every module may use: the contract's environment variables, the database, the clock, JSON errors and admin API access.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.recruitbot.system;

#!/usr/bin/env bash
# Prints the class path of bench/startup/BareApp.java, ':'-separated: the web jars among the service's libraries in
# DIR (an extracted jar's lib/), nothing else, so that no other auto-configuration joins in.
#   bench/startup/bare-classpath.sh target/bench-extracted/lib
set -euo pipefail
find "$1" -name '*.jar' \
  | grep -E '/(spring-(core|beans|context|aop|expression|web|webmvc)|spring-boot|tomcat-embed|jackson|micrometer-(observation|commons)|slf4j|logback|log4j|jul-to|snakeyaml|jspecify|jakarta.annotation|commons-logging)[^/]*$' \
  | grep -v -E '/spring-boot-(actuator|data|flyway|jdbc|sql|persistence|transaction|validation|health|micrometer|netty|restclient|http-client|jarmode)' \
  | tr '\n' ':'

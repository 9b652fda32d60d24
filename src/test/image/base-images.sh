#!/usr/bin/env bash
# Makes the two base images Dockerfile.production needs from Debian's packages, for a machine that reaches no
# container registry: local/debian:bookworm-slim (debootstrap, trimmed as Docker Hub's debian:bookworm-slim is) and
# local/jdk:17 (Debian's OpenJDK 17 on it). Each is made once: Docker keeps them while its data directory lives.
# Needs root, debootstrap and the Debian mirror (MIRROR). Run by build-and-run.sh; DOCKER names the client.
set -euo pipefail
readonly docker="${DOCKER:-docker}"
readonly mirror="${MIRROR:-http://deb.debian.org/debian}"
readonly base=local/debian:bookworm-slim jdk=local/jdk:17

if ! "$docker" image inspect "$base" >/dev/null 2>&1; then
  command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 2; }
  rootfs="$(mktemp -d)"
  trap 'rm -rf "$rootfs"' EXIT
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
    || { tail -20 "$rootfs.log" >&2; exit 1; }
  rm -f "$rootfs.log"
  printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s-security bookworm-security main\n' \
    "$mirror" "$mirror" "$mirror" >"$rootfs/etc/apt/sources.list"
  # what debian:bookworm-slim leaves out, now and in every later apt-get install
  printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-include /usr/share/doc/*/copyright' \
    'path-exclude /usr/share/man/*' 'path-exclude /usr/share/info/*' 'path-exclude /usr/share/locale/*' \
    'path-include /usr/share/locale/locale.alias' >"$rootfs/etc/dpkg/dpkg.cfg.d/docker-slim"
  find "$rootfs/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete
  find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$rootfs"/usr/share/{man,info}/* "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/*
  find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
  tar -C "$rootfs" -c . | "$docker" import -c 'CMD ["bash"]' - "$base" >/dev/null
fi

if ! "$docker" image inspect "$jdk" >/dev/null 2>&1; then
  # the JDK's alternatives link its man pages, so their directory must exist even though the pages are left out
  DOCKER_BUILDKIT=1 "$docker" build -q -t "$jdk" - >/dev/null <<DOCKERFILE
FROM $base
RUN mkdir -p /usr/share/man/man1 && apt-get update \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless \\
 && apt-get clean && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 LANG=C.UTF-8
DOCKERFILE
fi

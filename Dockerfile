# The ObjectLock Emulator as a container image.
#
#   mvn -B -q -DskipTests -pl emulator -am package
#   docker build -t objectlock-emulator:0.1.0-SNAPSHOT .
#   docker run --rm -p 9000:9000 objectlock-emulator:0.1.0-SNAPSHOT
#
# The build context is the repository root (so this file lives there): the image takes the
# standalone jar Maven has already built; .dockerignore sends nothing else to the daemon.
# Plain Dockerfile syntax only (no BuildKit-only flags), so the classic builder and
# Testcontainers' ImageFromDockerfile build it too.

# Any JRE 17 image works as the base: nothing below depends on the distribution (Alpine, Debian,
# Ubuntu). The default is Temurin on Ubuntu: glibc like the Debian base the Docker tests run on,
# and published for arm64 as well as amd64 (Temurin's Alpine JRE is amd64 only).
ARG BASE_IMAGE=eclipse-temurin:17-jre

# Stage 1 fixes the jar's mode: it arrives with whatever mode it had on the build machine
# (0600 under a strict umask, unreadable for the emulator's user), and a chmod in the final stage
# would store the jar twice. COPY --chmod would do it in one step but needs BuildKit.
# It also makes the image's own class archive (AppCDS) with the image's JVM, by the same training
# run the Maven build does (`--training-run`: the emulator in memory and with a data folder, the
# requests a first test sends); the archive names the jar by the path it has in the final image,
# and COPY keeps the jar's size and time, which the JVM checks. With the archive the emulator
# starts on about a third of the CPU (docs/benchmarks.md). The flags are the Maven build's
# `standalone.jvmFlags`, and the training run uses them too so that the archive matches.
# The label marks this stage's image too, which the classic builder leaves behind untagged, so
# `docker image prune --filter label=dev.objectlock.image=objectlock-emulator` can find it.
FROM ${BASE_IMAGE} AS jar
LABEL dev.objectlock.image="objectlock-emulator"
COPY emulator/target/objectlock-emulator.jar /opt/objectlock/objectlock-emulator.jar
RUN chmod 0755 /opt/objectlock && chmod 0444 /opt/objectlock/objectlock-emulator.jar \
 && java -XX:ArchiveClassesAtExit=/opt/objectlock/objectlock-emulator.jsa \
         -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC \
         -jar /opt/objectlock/objectlock-emulator.jar --training-run \
 && chmod 0444 /opt/objectlock/objectlock-emulator.jsa

FROM ${BASE_IMAGE}

# The standard OCI labels. VERSION and REVISION come from the build: the release workflow and the
# command in docs/releasing.md pass the project version and the git commit.
ARG VERSION=0.1.0-SNAPSHOT
ARG REVISION=unknown
LABEL org.opencontainers.image.title="ObjectLock Emulator" \
      org.opencontainers.image.description="A local stand-in for Amazon S3 versioning and Object Lock" \
      org.opencontainers.image.source="https://github.com/objectlock/objectlock-emulator" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      dev.objectlock.image="objectlock-emulator"

# A fixed, unprivileged uid/gid; /data (for OBJECTLOCK_DATA_DIR) is the one folder it owns.
# The user is written into /etc/passwd and /etc/group directly because busybox (addgroup -S,
# adduser -D) and Debian/Ubuntu (groupadd, useradd) disagree on every tool and flag; the files
# are the same everywhere. USER below is numeric, so the uid holds even if a base renames it.
RUN echo 'objectlock:x:10001:' >> /etc/group \
 && echo 'objectlock:x:10001:10001:ObjectLock Emulator:/data:/sbin/nologin' >> /etc/passwd \
 && mkdir -p /data \
 && chown 10001:10001 /data \
 && chmod 0750 /data

# Owned by root, readable (not writable) by the emulator's user.
COPY --from=jar /opt/objectlock/ /opt/objectlock/

# Inside a container the emulator must listen on every interface (its standalone default is
# 127.0.0.1). State stays in memory unless OBJECTLOCK_DATA_DIR is set (use /data and mount a
# volume there). OBJECTLOCK_REGION, OBJECTLOCK_ACCOUNT_ID and OBJECTLOCK_VIRTUAL_HOST_SUFFIX
# keep the emulator's defaults unless given. OBJECTLOCK_IN_CONTAINER makes the start line say
# that clients use the host port Docker maps to 9000. No VOLUME instruction: the default is
# in-memory, and a declared volume would leave an anonymous volume behind on every run.
ENV OBJECTLOCK_HOST=0.0.0.0 \
    OBJECTLOCK_PORT=9000 \
    OBJECTLOCK_IN_CONTAINER=true

USER 10001:10001
WORKDIR /data
EXPOSE 9000

# 127.0.0.1, not localhost (which may resolve to ::1 first); the port follows OBJECTLOCK_PORT.
# A HEALTHCHECK CMD in shell form runs through /bin/sh, which expands the variable at check time.
# wget is in every base named above (busybox on Alpine); curl serves bases that lack it.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD url="http://127.0.0.1:${OBJECTLOCK_PORT:-9000}/_emulator/health"; \
        if command -v wget >/dev/null; then wget -q -O /dev/null "$url"; else curl -fsS -o /dev/null "$url"; fi \
        || exit 1

# Exec form: java is PID 1 and gets SIGTERM, so the emulator's shutdown hook stops it cleanly.
# Arguments after the image name are passed on as flags: docker run IMAGE --region eu-west-1
# The archive and flags as above: where the archive does not fit, the JVM starts without it, silently.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", \
            "-XX:SharedArchiveFile=/opt/objectlock/objectlock-emulator.jsa", "-Xshare:auto", \
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:+UseSerialGC", \
            "-jar", "/opt/objectlock/objectlock-emulator.jar"]

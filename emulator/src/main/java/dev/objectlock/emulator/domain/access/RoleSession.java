package dev.objectlock.emulator.domain.access;

/**
 * Static temporary credentials with which a test acts as a role (issue 12: "sessions are optional
 * static credentials"; [P7]). The session name appears in the session ARN
 * {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}.
 */
public record RoleSession(String sessionName, AccessKey accessKey) {}

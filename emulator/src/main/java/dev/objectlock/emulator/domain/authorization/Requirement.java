package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.access.ConditionContext;

/**
 * One action the evaluator must allow for a request to go on ([P.6], P36).
 *
 * @param bucket whose bucket policy speaks about it; null when none does (S3 Control, CreateBucket)
 * @param resourceArn what the action is evaluated on, as the AccessDenied message names it
 * @param context the request's condition keys for this action ([P.8]: some keys exist for some
 *     actions only)
 */
public record Requirement(String action, String bucket, String resourceArn, ConditionContext context) {}

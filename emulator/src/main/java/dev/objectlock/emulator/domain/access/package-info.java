/**
 * Who may do what ([P], issue 12): the identity model of the emulator's account
 * ({@link dev.objectlock.emulator.domain.access.Identities}, read by
 * {@link dev.objectlock.emulator.domain.access.IdentitiesJson}), the IAM policy model
 * ({@link dev.objectlock.emulator.domain.access.Policy}, read by
 * {@link dev.objectlock.emulator.domain.access.PolicyJson} and, for PutBucketPolicy,
 * {@link dev.objectlock.emulator.domain.access.BucketPolicyValidator}), and the evaluator
 * ({@link dev.objectlock.emulator.domain.access.PolicyEvaluator}) that turns a principal, an action, a
 * resource ARN and the request's condition keys into a
 * {@link dev.objectlock.emulator.domain.access.Decision}.
 *
 * <p>Pure domain code: no clock, no I/O, no HTTP. Signature verification is the protocol's business
 * ({@code http.auth}); which actions, resource and keys an operation needs is the operation table's;
 * Object Lock is {@code ObjectLockPolicy}'s, applied after a permission is granted, and it binds the
 * root as everyone else.
 */
package dev.objectlock.emulator.domain.access;

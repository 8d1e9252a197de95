package dev.objectlock.emulator.domain.access;

/**
 * Why a policy document was refused: the problem, its exact MalformedPolicy Message ([P.10]) and
 * where in the document it is (e.g. {@code Statement[1].Effect}; empty for the document itself), which
 * the identities document reports and the HTTP layer may log.
 */
public record PolicyError(PolicyProblem problem, String message, String path) {

    static PolicyError of(PolicyProblem problem, String path) {
        return new PolicyError(problem, problem.message(null), path);
    }

    static PolicyError of(PolicyProblem problem, String detail, String path) {
        return new PolicyError(problem, problem.message(detail), path);
    }
}

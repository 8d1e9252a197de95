package dev.objectlock.emulator.domain.access;

import java.util.List;

/**
 * An IAM user of the emulator's account (issue 12 identities document; [P4]).
 *
 * @param path {@code /} or {@code /division/.../}, part of the ARN {@code arn:aws:iam::ACCOUNT:user/PATH/NAME}
 * @param groups names of {@link IamGroup}s whose policies the user also has
 * @param policies the user's inline identity policies
 */
public record IamUser(String name, String path, List<String> groups, AccessKey accessKey, List<Policy> policies) {

    public IamUser {
        path = path == null ? "/" : path;
        groups = List.copyOf(groups);
        policies = List.copyOf(policies);
    }
}

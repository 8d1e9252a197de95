package dev.objectlock.emulator.domain.access;

import java.util.List;

/** A group: a name and the identity policies every member has ([P4]). */
public record IamGroup(String name, List<Policy> policies) {

    public IamGroup {
        policies = List.copyOf(policies);
    }
}

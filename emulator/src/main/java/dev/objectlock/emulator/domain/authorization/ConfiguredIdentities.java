package dev.objectlock.emulator.domain.authorization;

import dev.objectlock.emulator.domain.access.Identities;
import dev.objectlock.emulator.domain.access.IdentitiesDescription;
import dev.objectlock.emulator.domain.access.IdentitiesJson;
import java.util.Optional;

/**
 * The one switch between the emulator's two modes (issue 12): without identities it is open (any
 * credentials, everything allowed, as before identities existed); with identities it is secured
 * (every request authenticated and authorised). Set at start, replaced or removed at run time through
 * {@code /_emulator/identities}; a reset keeps them.
 *
 * <p>A replacement is parsed whole before it is installed, and installed with one volatile write, so a
 * request sees the old identities or the new ones, never a mix, and a faulty document changes nothing.
 */
public final class ConfiguredIdentities {

    /** The identities and, when they came as JSON, the document as written (for GET, redacted). */
    private record Installed(Identities identities, String document) {}

    private final String accountId;
    private volatile Installed installed;

    /** Open mode, for the emulator's account. */
    public ConfiguredIdentities(String accountId) {
        this.accountId = accountId;
    }

    /** The identities in force; empty in open mode. Read it once per request. */
    public Optional<Identities> current() {
        Installed now = installed;
        return now == null ? Optional.empty() : Optional.of(now.identities());
    }

    public boolean secured() {
        return installed != null;
    }

    /**
     * Installs the identities of a JSON document: secured mode.
     *
     * @throws dev.objectlock.emulator.domain.access.InvalidIdentitiesException naming every fault by its
     *     JSON path; the identities in force stay as they were
     */
    public void replace(String document) {
        installed = new Installed(IdentitiesJson.parse(document, accountId), document);
    }

    /** Installs identities built in Java: secured mode. */
    public void replace(Identities identities) {
        if (!identities.accountId().equals(accountId)) {
            throw new IllegalArgumentException("the identities are for account " + identities.accountId()
                    + ", but the emulator's account is " + accountId);
        }
        installed = new Installed(identities, null);
    }

    /** Back to open mode. */
    public void clear() {
        installed = null;
    }

    /** The identities in force as a document with every secret and session token redacted; empty when open. */
    public Optional<String> redactedDocument() {
        Installed now = installed;
        if (now == null) {
            return Optional.empty();
        }
        return Optional.of(
                now.document() != null
                        ? IdentitiesJson.redact(now.document())
                        : IdentitiesDescription.of(now.identities()));
    }
}

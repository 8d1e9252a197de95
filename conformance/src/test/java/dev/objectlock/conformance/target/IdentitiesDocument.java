package dev.objectlock.conformance.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The keys of an emulator identities document (the format {@code --identities} reads), as the
 * permission scenarios need them: the root key and each user's key and path. The policies stay in
 * the document; only the emulator reads them. The in-process target uses the copy on the test
 * class path, the url target the file given by {@code -Dconformance.identities}.
 */
record IdentitiesDocument(
        String text, Optional<AwsBasicCredentials> root, Map<String, User> users, Map<String, Session> sessions) {

    /** The document the in-process secured emulator starts with, and the one to give the jar. */
    static final String RESOURCE = "/conformance-identities.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One IAM user of the document. */
    record User(String name, String path, AwsBasicCredentials key) {}

    /** The first static session of a role of the document. */
    record Session(String role, String sessionName, AwsSessionCredentials key) {}

    static IdentitiesDocument fromClassPath() {
        try (InputStream in = IdentitiesDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IdentitiesDocument fromFile(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the identities document " + file, e);
        }
    }

    private static IdentitiesDocument parse(String text, String where) {
        try {
            JsonNode document = JSON.readTree(text);
            Optional<AwsBasicCredentials> root =
                    Optional.ofNullable(document.get("root")).map(IdentitiesDocument::key);
            Map<String, User> users = new LinkedHashMap<>();
            for (JsonNode user : document.path("users")) {
                String name = user.path("name").asText();
                users.put(name, new User(name, user.path("path").asText("/"), key(user)));
            }
            Map<String, Session> sessions = new LinkedHashMap<>();
            for (JsonNode role : document.path("roles")) {
                JsonNode session = role.path("sessions").path(0);
                if (!session.isMissingNode()) {
                    String name = role.path("name").asText();
                    String keyId = session.path("accessKeyId").asText();
                    sessions.put(
                            name,
                            new Session(
                                    name,
                                    session.path("sessionName").asText(keyId),
                                    AwsSessionCredentials.create(
                                            keyId,
                                            session.path("secretAccessKey").asText(),
                                            session.path("sessionToken").asText())));
                }
            }
            return new IdentitiesDocument(text, root, Map.copyOf(users), Map.copyOf(sessions));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(where + " is not an identities document: " + e.getMessage(), e);
        }
    }

    private static AwsBasicCredentials key(JsonNode node) {
        return AwsBasicCredentials.create(
                node.path("accessKeyId").asText(), node.path("secretAccessKey").asText());
    }
}

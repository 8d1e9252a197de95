package dev.objectlock.emulator.batch.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place the batch layer touches JSON: inventory {@code manifest.json} files read and
 * generated ones written, with Jackson databind (already the emulator's JSON library). Reading goes
 * through a tree so that members AWS may add later are simply ignored and numbers or strings are
 * both accepted where writers differ (creationTimestamp, size).
 */
public final class ManifestJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestJson() {}

    /** A manifest.json; anything that is not a JSON object is a job failure. */
    static InventoryReport readInventory(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw ManifestFailures.invalid(
                    "The inventory manifest is not a valid manifest.json: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw ManifestFailures.invalid("The inventory manifest is not a valid manifest.json: not a JSON object");
        }
        List<InventoryReport.DataFile> files = null;
        JsonNode filesNode = root.get("files");
        if (filesNode != null && filesNode.isArray()) {
            files = new ArrayList<>();
            for (JsonNode f : filesNode) {
                files.add(new InventoryReport.DataFile(
                        text(f, "key"), f.hasNonNull("size") ? f.get("size").asLong() : null, text(f, "MD5checksum")));
            }
        }
        return new InventoryReport(
                text(root, "sourceBucket"),
                text(root, "destinationBucket"),
                text(root, "version"),
                text(root, "creationTimestamp"),
                text(root, "fileFormat"),
                text(root, "fileSchema"),
                files);
    }

    /** A generated manifest.json, members in the order the inventory example lists them. */
    static byte[] write(Map<String, Object> manifest) {
        try {
            return JSON.writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings, numbers and lists always serialises", e);
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}

package dev.objectlock.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflows cannot run here, so what they must do is checked on their YAML: the jobs, the
 * triggers, that they run the README's commands, and that they use only well-known actions.
 */
class WorkflowsTest {

    private static final List<String> KNOWN_ACTIONS = List.of(
            "actions/checkout@v4",
            "actions/setup-java@v4",
            "docker/setup-qemu-action@v3",
            "docker/setup-buildx-action@v3",
            "docker/login-action@v3",
            "docker/build-push-action@v6");

    private static JsonNode workflow(String name) throws IOException {
        return new YAMLMapper().readTree(Repository.read(".github/workflows/" + name));
    }

    private static List<String> runs(JsonNode job) {
        return StreamSupport.stream(job.path("steps").spliterator(), false)
                .filter(step -> step.has("run"))
                .map(step -> step.get("run").asText().strip())
                .toList();
    }

    private static List<String> uses(JsonNode workflow) {
        List<String> uses = new ArrayList<>();
        workflow.path("jobs")
                .forEach(job -> job.path("steps").forEach(step -> {
                    if (step.has("uses")) {
                        uses.add(step.get("uses").asText());
                    }
                }));
        return uses;
    }

    @Test
    void ciRunsTheReadmeTestCommandOnPushesAndPullRequestsOnJava17And21() throws IOException {
        JsonNode ci = workflow("ci.yml");
        String readmeTest = Repository.readmeCommand("The two commands", "run every test (what CI runs)");

        assertThat(ci.path("on").has("push")).isTrue();
        assertThat(ci.path("on").has("pull_request")).isTrue();
        assertThat(ci.path("jobs").properties()).extracting(e -> e.getKey()).containsExactly("test");
        JsonNode test = ci.path("jobs").path("test");
        assertThat(test.path("runs-on").asText()).isEqualTo("ubuntu-latest"); // has Docker: the Docker tests run
        assertThat(test.path("strategy").path("matrix").path("java"))
                .extracting(JsonNode::asText)
                .containsExactly("17", "21");
        // The README's command, plus only -D flags (the Docker tests must not be skipped there).
        assertThat(runs(test)).singleElement().satisfies(run -> {
            assertThat(run).startsWith(readmeTest + " ");
            assertThat(run.substring(readmeTest.length()).strip().split(" "))
                    .allSatisfy(flag -> assertThat(flag).startsWith("-D"))
                    .contains("-Dobjectlock.requireDocker=true");
        });
        assertThat(uses(ci)).isSubsetOf(KNOWN_ACTIONS);
    }

    @Test
    void ciRunIsTheReadmeTestCommandToo() {
        String readmeTest = Repository.readmeCommand("The two commands", "run every test (what CI runs)");
        List<String> commands = Repository.read(".ci/run")
                .lines()
                .filter(line ->
                        !line.isBlank() && !line.startsWith("#") && !line.startsWith("set ") && !line.startsWith("cd "))
                .toList();
        assertThat(commands).containsExactly(readmeTest);
    }

    @Test
    void releaseDeploysWithTheReleaseProfileAndPushesAMultiArchImageOnAVersionTag() throws IOException {
        JsonNode release = workflow("release.yml");
        String readmeImageJar = Repository.readmeCommand("Installation", "the image, tagged for a registry")
                .split(" && ")[1];

        assertThat(release.path("on").path("push").path("tags"))
                .extracting(JsonNode::asText)
                .containsExactly("v*");
        assertThat(release.path("jobs").properties())
                .extracting(e -> e.getKey())
                .containsExactly("maven-central", "image");

        JsonNode central = release.path("jobs").path("maven-central");
        assertThat(runs(central))
                .anySatisfy(run ->
                        assertThat(run).startsWith("mvn -B -Prelease deploy").contains("-Dgpg.keyname="));
        // Secrets are named, never written out.
        String text = Repository.read(".github/workflows/release.yml");
        assertThat(text)
                .contains(
                        "secrets.CENTRAL_USERNAME",
                        "secrets.CENTRAL_TOKEN",
                        "secrets.GPG_PRIVATE_KEY",
                        "secrets.GPG_PASSPHRASE");

        JsonNode image = release.path("jobs").path("image");
        assertThat(runs(image)).contains(readmeImageJar);
        JsonNode push = StreamSupport.stream(image.path("steps").spliterator(), false)
                .filter(step -> step.path("uses").asText().startsWith("docker/build-push-action"))
                .findFirst()
                .orElseThrow()
                .path("with");
        assertThat(push.path("platforms").asText()).isEqualTo("linux/amd64,linux/arm64");
        assertThat(push.path("push").asBoolean()).isTrue();
        assertThat(push.path("build-args").asText()).contains("VERSION=", "REVISION=");
        assertThat(uses(release))
                .isSubsetOf(KNOWN_ACTIONS)
                .contains("docker/setup-qemu-action@v3", "docker/setup-buildx-action@v3", "docker/login-action@v3");
    }
}

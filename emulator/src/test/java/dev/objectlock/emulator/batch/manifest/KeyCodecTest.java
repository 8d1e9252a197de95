package dev.objectlock.emulator.batch.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** URL encoding of manifest keys (UG batch-ops-create-job; RFC 3986 section 2.1 percent-encoding). */
class KeyCodecTest {

    @Test
    void encodesEverythingButUnreservedCharactersAndSlashes() {
        assertThat(KeyCodec.encode("a b/c,d+e\"f\ng~h_i.j-k")).isEqualTo("a%20b/c%2Cd%2Be%22f%0Ag~h_i.j-k");
        assertThat(KeyCodec.encode("café")).isEqualTo("caf%C3%A9");
    }

    @Test
    void decodesWhatItEncodes() {
        String key = "dir/ä ö,\"x\"+y%z\r\n😀";

        assertThat(KeyCodec.decode(KeyCodec.encode(key))).contains(key);
    }

    @Test
    void decodesLowerCaseHexAndLeavesPlainKeysAlone() {
        assertThat(KeyCodec.decode("caf%c3%a9")).contains("café");
        assertThat(KeyCodec.decode("plain+key")).contains("plain+key");
    }

    @Test
    void refusesBrokenEscapes() {
        assertThat(KeyCodec.decode("a%")).isEmpty();
        assertThat(KeyCodec.decode("a%4")).isEmpty();
        assertThat(KeyCodec.decode("a%g1")).isEmpty();
        assertThat(KeyCodec.decode("%FF")).isEmpty();
    }
}

package dev.objectlock.emulator.domain.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An IpAddress/NotIpAddress value: an IPv4 or IPv6 address with an optional {@code /prefix} (RFC 4632
 * CIDR; IAM User Guide "Condition operators", IP address condition operators). Text is parsed as an
 * address literal only, never looked up in DNS.
 */
final class IpRange {

    private final byte[] network;
    private final int prefix;

    private IpRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** The range written {@code text}, or null when it is not an address with an optional prefix. */
    static IpRange parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        byte[] address = address(slash < 0 ? s : s.substring(0, slash));
        if (address == null) {
            return null;
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = s.substring(slash + 1);
            if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
                return null;
            }
            prefix = Integer.parseInt(digits);
            if (prefix > bits) {
                return null;
            }
        }
        return new IpRange(address, prefix);
    }

    /** Whether {@code address} (from {@link #address}) lies in this range; IPv4 never in an IPv6 range. */
    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    /** The bytes of an IPv4 or IPv6 literal, or null. */
    static byte[] address(String text) {
        if (text.indexOf(':') >= 0) {
            return ipv6(text);
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            bytes[i] = (byte) v;
        }
        return bytes;
    }

    /**
     * InetAddress parses IPv6 literals itself; the character check (hex digits, colons, dots, and a
     * colon present) guarantees it is given a literal and so never resolves a host name.
     */
    private static byte[] ipv6(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                return null;
            }
        }
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress();
            return bytes; // an IPv4-mapped literal comes back as IPv4, to compare with IPv4 ranges
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(network) + "/" + prefix;
    }
}

package dev.objectlock.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What Linux's /proc tells about a server process and the machine. */
final class ProcFs {

    /** USER_HZ, the unit of the CPU times in /proc/PID/stat: 100 on every Linux architecture. */
    private static final int TICKS_PER_SECOND = 100;

    private ProcFs() {}

    /** The three load averages, as /proc/loadavg prints them. */
    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /** User plus system CPU time the process has used so far, in milliseconds. */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // The command name in brackets may hold spaces; the fields after it are plain.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** Resident set size in KiB (VmRSS). */
    static long rssKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS for process " + pid);
    }

    /**
     * The TCP sockets the process listens on, as "address:port" with the address in /proc's hex
     * form, each marked loopback or not: the sockets among its open files matched to the LISTEN
     * rows of /proc/PID/net/tcp and tcp6.
     */
    static List<Listener> listeners(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(proc.resolve("fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // A descriptor closed between listing and reading is not a listener.
                }
            }
        }
        List<Listener> listeners = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            List<String> rows = Files.readAllLines(proc.resolve("net").resolve(table));
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.trim().split("\\s+");
                boolean listening = f[3].equals("0A");
                if (listening && inodes.contains(f[9])) {
                    listeners.add(Listener.of(f[1]));
                }
            }
        }
        return listeners;
    }

    /** One listening socket: its local address in /proc's hex form. */
    record Listener(String hexAddress, int port) {

        static Listener of(String local) {
            int colon = local.indexOf(':');
            return new Listener(local.substring(0, colon), Integer.parseInt(local.substring(colon + 1), 16));
        }

        /**
         * 127.x.x.x, ::1 or ::ffff:127.x.x.x. /proc prints each 32-bit word of the address in the
         * host's (little-endian) byte order, so 127.0.0.1 reads 0100007F.
         */
        boolean loopback() {
            if (hexAddress.length() == 8) {
                return hexAddress.endsWith("7F");
            }
            return hexAddress.equals("00000000000000000000000001000000")
                    || (hexAddress.startsWith("0000000000000000FFFF0000") && hexAddress.endsWith("7F"));
        }

        @Override
        public String toString() {
            return (loopback() ? "loopback" : "NOT LOOPBACK " + hexAddress) + ":" + port;
        }
    }
}

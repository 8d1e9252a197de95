package dev.objectlock.junit;

/**
 * How long one emulator lives, and so how many a test run starts. Whatever the choice, every test
 * starts with an empty emulator (plus its {@link EmulatorBucket} fixtures) whose clock reads the
 * configured start time, or system time.
 */
public enum EmulatorLifecycle {

    /** A new emulator for every test, stopped after it. The most separate, and the slowest (~40 ms a test). */
    PER_METHOD,

    /**
     * One emulator per test class, shared with its {@code @Nested} classes, reset before each test
     * (about a millisecond) and stopped after the class. The default: almost as fast as sharing one
     * per JVM, and nothing outlives the class that made it.
     */
    PER_CLASS,

    /**
     * Emulators shared by every test class in the JVM with the same settings, reset before each test
     * and stopped when the test run ends. A class borrows one for its duration, so classes that run
     * in parallel each get their own; a sequential run starts exactly one.
     */
    PER_JVM
}

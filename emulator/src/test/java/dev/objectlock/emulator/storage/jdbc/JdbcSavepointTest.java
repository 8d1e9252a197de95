package dev.objectlock.emulator.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Jdbc#inSavepoint}: work that throws inside a transaction is undone, with the after-commit
 * actions it queued, while the transaction keeps everything else and commits.
 */
class JdbcSavepointTest {

    private JdbcConnectionPool pool;
    private Jdbc jdbc;
    private final List<String> ran = new ArrayList<>();

    @BeforeEach
    void open() {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:savepoint-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new Jdbc(pool);
        jdbc.execute("CREATE TABLE t (v INT)");
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void failedWorkIsUndoneAndTheRestOfTheTransactionCommits() {
        jdbc.inTransaction(() -> {
            jdbc.update("INSERT INTO t VALUES (1)");
            jdbc.afterCommit(() -> ran.add("before"));
            assertThatThrownBy(() -> jdbc.inSavepoint(() -> {
                        jdbc.update("INSERT INTO t VALUES (2)");
                        jdbc.update("UPDATE t SET v = 10 WHERE v = 1");
                        jdbc.afterCommit(() -> ran.add("rolled back"));
                        throw new IllegalStateException("the task crashed");
                    }))
                    .hasMessage("the task crashed");
            assertThat(rowsSeenInside())
                    .as("undone at once, inside the transaction")
                    .containsExactly(1);
            jdbc.update("INSERT INTO t VALUES (3)");
            jdbc.afterCommit(() -> ran.add("after"));
        });

        assertThat(committedRows()).containsExactly(1, 3);
        assertThat(ran).containsExactly("before", "after");
    }

    @Test
    void anErrorIsUndoneToo() {
        jdbc.inTransaction(() -> {
            assertThatThrownBy(() -> jdbc.inSavepoint(() -> {
                        jdbc.update("INSERT INTO t VALUES (2)");
                        jdbc.afterCommit(() -> ran.add("rolled back"));
                        throw new AssertionError("an error");
                    }))
                    .hasMessage("an error");
            jdbc.update("INSERT INTO t VALUES (3)");
        });

        assertThat(committedRows()).containsExactly(3);
        assertThat(ran).isEmpty();
    }

    @Test
    void workThatReturnsBelongsToTheTransaction() {
        assertThat(jdbc.inTransaction(() -> {
                    int result = jdbc.inSavepoint(() -> {
                        jdbc.update("INSERT INTO t VALUES (1)");
                        jdbc.afterCommit(() -> ran.add("kept"));
                        return 42;
                    });
                    assertThat(committedRows()).as("not committed on its own").isEmpty();
                    return result;
                }))
                .isEqualTo(42);

        assertThat(committedRows()).containsExactly(1);
        assertThat(ran).containsExactly("kept");
    }

    @Test
    void workThatReturnsIsRolledBackWithTheTransaction() {
        assertThatThrownBy(() -> jdbc.inTransaction(() -> {
                    jdbc.inSavepoint(() -> {
                        jdbc.update("INSERT INTO t VALUES (1)");
                        jdbc.afterCommit(() -> ran.add("kept"));
                        return null;
                    });
                    throw new IllegalStateException("the chunk fails");
                }))
                .hasMessage("the chunk fails");

        assertThat(committedRows()).isEmpty();
        assertThat(ran).isEmpty();
    }

    @Test
    void nestedSavepointsUndoOnlyTheOneThatFailed() {
        jdbc.inTransaction(() -> {
            jdbc.inSavepoint(() -> {
                jdbc.update("INSERT INTO t VALUES (1)");
                jdbc.afterCommit(() -> ran.add("outer savepoint"));
                assertThatThrownBy(() -> jdbc.inSavepoint(() -> {
                            jdbc.update("INSERT INTO t VALUES (2)");
                            jdbc.afterCommit(() -> ran.add("inner savepoint"));
                            throw new IllegalStateException("inner");
                        }))
                        .hasMessage("inner");
                jdbc.update("INSERT INTO t VALUES (3)");
                return null;
            });
        });

        assertThat(committedRows()).containsExactly(1, 3);
        assertThat(ran).containsExactly("outer savepoint");
    }

    @Test
    void outsideATransactionItIsOne() {
        assertThatThrownBy(() -> jdbc.inSavepoint(() -> {
                    jdbc.update("INSERT INTO t VALUES (1)");
                    jdbc.afterCommit(() -> ran.add("rolled back"));
                    throw new IllegalStateException("failed");
                }))
                .hasMessage("failed");
        assertThat(committedRows()).isEmpty();

        jdbc.inSavepoint(() -> {
            jdbc.update("INSERT INTO t VALUES (2)");
            jdbc.afterCommit(() -> ran.add("committed, rows: " + committedRows()));
            return null;
        });
        assertThat(ran).containsExactly("committed, rows: [2]");
    }

    @Test
    void whenTheSavepointCannotBeRolledBackTheWholeTransactionRollsBack() {
        Jdbc broken = new Jdbc(failingSavepointRollback(pool));
        assertThatThrownBy(() -> broken.inTransaction(() -> {
                    broken.update("INSERT INTO t VALUES (1)");
                    assertThatThrownBy(() -> broken.inSavepoint(() -> {
                                broken.update("INSERT INTO t VALUES (2)");
                                throw new IllegalStateException("the task crashed");
                            }))
                            .hasMessage("the task crashed")
                            .satisfies(e -> assertThat(e.getSuppressed())
                                    .singleElement()
                                    .isInstanceOf(SQLException.class));
                    broken.update("INSERT INTO t VALUES (3)");
                    broken.afterCommit(() -> ran.add("never"));
                }))
                .isInstanceOf(SqlRuntimeException.class)
                .hasMessageContaining("whole transaction rolls back");

        assertThat(committedRows()).isEmpty();
        assertThat(ran).isEmpty();
        broken.inTransaction(() -> broken.update("INSERT INTO t VALUES (4)"));
        assertThat(committedRows()).as("the next transaction is not doomed").containsExactly(4);
    }

    /** Connections of {@code pool} whose rollback to a savepoint fails. */
    private static DataSource failingSavepointRollback(DataSource pool) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (ds, dsMethod, dsArgs) -> {
                    Object value = invoke(pool, dsMethod, dsArgs);
                    if (!(value instanceof Connection real)) {
                        return value;
                    }
                    return Proxy.newProxyInstance(
                            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (c, method, args) -> {
                                if (method.getName().equals("rollback")
                                        && args != null
                                        && args[0] instanceof Savepoint) {
                                    throw new SQLException("rollback to savepoint refused");
                                }
                                return invoke(real, method, args);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private List<Integer> rowsSeenInside() {
        return jdbc.query("SELECT v FROM t ORDER BY v", rs -> rs.getInt(1));
    }

    /** Read on a connection of its own, so only committed rows show. */
    private List<Integer> committedRows() {
        try (var c = pool.getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT v FROM t ORDER BY v")) {
            List<Integer> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getInt(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

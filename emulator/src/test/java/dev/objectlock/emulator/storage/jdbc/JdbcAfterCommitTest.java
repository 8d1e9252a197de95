package dev.objectlock.emulator.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Jdbc#afterCommit}: after the outermost commit, at once without a transaction, never after a rollback. */
class JdbcAfterCommitTest {

    private JdbcConnectionPool pool;
    private Jdbc jdbc;
    private final List<String> ran = new ArrayList<>();

    @BeforeEach
    void open() {
        pool = JdbcConnectionPool.create(
                "jdbc:h2:mem:after-commit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new Jdbc(pool);
        jdbc.execute("CREATE TABLE t (v INT)");
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void runsAtOnceWhenNoTransactionIsOpen() {
        jdbc.afterCommit(() -> ran.add("now"));

        assertThat(ran).containsExactly("now");
    }

    @Test
    void runsOnlyOnceTheOutermostTransactionHasCommitted() {
        jdbc.inTransaction(() -> {
            jdbc.inTransaction(() -> {
                jdbc.update("INSERT INTO t VALUES (1)");
                jdbc.afterCommit(() -> ran.add("inner, rows seen by another connection: " + committedRows()));
            });
            assertThat(ran).as("not when the nested block returns").isEmpty();
            jdbc.afterCommit(() -> ran.add("outer"));
        });

        assertThat(ran).containsExactly("inner, rows seen by another connection: 1", "outer");
    }

    @Test
    void isDroppedWhenTheTransactionRollsBack() {
        assertThatThrownBy(() -> jdbc.inTransaction(() -> {
                    jdbc.inTransaction(() -> {
                        jdbc.update("INSERT INTO t VALUES (1)");
                        jdbc.afterCommit(() -> ran.add("inner"));
                    });
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");

        assertThat(committedRows()).isZero();
        assertThat(ran).isEmpty();
        jdbc.inTransaction(() -> jdbc.update("INSERT INTO t VALUES (2)"));
        assertThat(ran).as("a later transaction does not run them either").isEmpty();
    }

    @Test
    void runsEveryActionWhenOneFailsAndThenThrowsTheFirstFailure() {
        assertThatThrownBy(() -> jdbc.inTransaction(() -> {
                    jdbc.update("INSERT INTO t VALUES (1)");
                    jdbc.afterCommit(() -> {
                        throw new IllegalStateException("first");
                    });
                    jdbc.afterCommit(() -> ran.add("second"));
                }))
                .hasMessage("first");

        assertThat(committedRows()).isEqualTo(1);
        assertThat(ran).containsExactly("second");
    }

    @Test
    void actionsRunOutsideTheFinishedTransaction() {
        jdbc.inTransaction(() -> jdbc.afterCommit(() -> jdbc.inTransaction(() -> {
            jdbc.update("INSERT INTO t VALUES (1)");
            jdbc.afterCommit(() -> ran.add("own commit"));
        })));

        assertThat(ran).containsExactly("own commit");
        assertThat(committedRows()).isEqualTo(1);
    }

    /** Counted on a connection of its own, so only committed rows show. */
    private int committedRows() {
        try (var c = pool.getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

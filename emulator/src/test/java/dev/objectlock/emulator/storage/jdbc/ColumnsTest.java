package dev.objectlock.emulator.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/** {@link Columns}: one list of name-value pairs gives both the SQL and its bind values. */
class ColumnsTest {

    @Test
    void writesAnInsertWhoseValuesFollowTheColumnOrder() {
        Columns row = new Columns().set("a", 1).set("b", null).set("c", "three");

        assertThat(row.insertInto("t")).isEqualTo("INSERT INTO t (a, b, c) VALUES (?, ?, ?)");
        assertThat(row.values()).containsExactly(1, null, "three");
    }

    @Test
    void writesTheSetClauseOfAnUpdateWithTheWhereValuesAfterIt() {
        Columns set = new Columns().set("a", 1).set("b", 2);

        assertThat(set.assignments()).isEqualTo("a = ?, b = ?");
        assertThat(set.values("key", 7)).containsExactly(1, 2, "key", 7);
    }

    @Test
    void appendsAnotherGroupOfColumnsInItsOrder() {
        Columns lock = new Columns().set("mode", "GOVERNANCE").set("until", 5L);

        Columns row = new Columns().set("id", "x").setAll(lock);

        assertThat(row.insertInto("t")).isEqualTo("INSERT INTO t (id, mode, until) VALUES (?, ?, ?)");
        assertThat(row.values()).containsExactly("x", "GOVERNANCE", 5L);
    }

    @Test
    void refusesAColumnSetTwice() {
        Columns row = new Columns().set("a", 1);

        assertThatThrownBy(() -> row.set("a", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a");
        assertThatThrownBy(() -> row.setAll(new Columns().set("a", 3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesTheColumnsItDoesNotSetNull() {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:columns-" + UUID.randomUUID(), "sa", "");
        try {
            Jdbc jdbc = new Jdbc(pool);
            jdbc.inTransaction(() -> {
                jdbc.execute("CREATE TABLE t (id VARCHAR(8), n INT, s VARCHAR(8))");
                Columns row = new Columns().set("s", "set").set("id", "x");
                jdbc.update(row.insertInto("t"), row.values());
                assertThat(jdbc.queryOne(
                                "SELECT id, n, s FROM t",
                                rs -> rs.getString(1) + "," + rs.getObject(2) + "," + rs.getString(3)))
                        .contains("x,null,set");
            });
        } finally {
            pool.dispose();
        }
    }
}

package jp.kyoso.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import jp.kyoso.local.launcher.LocalPlatform;

/** Plain JDBC on one of the platform's databases, for set-up and for reading what the services wrote. */
final class Db {

    private final LocalPlatform platform;
    private final String database;

    Db(LocalPlatform platform, String database) {
        this.platform = platform;
        this.database = database;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(platform.postgres().jdbcUrl(database), platform.postgres().username(),
                platform.postgres().password());
    }

    long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    String text(String sql) {
        String[] row = row(sql);
        return row == null ? null : row[0];
    }

    /** @return the first row's columns as text, or null without a row */
    String[] row(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                return null;
            }
            String[] row = new String[result.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = result.getString(i + 1);
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

/**
 * Storage adapter: keeps debtor accounts and their ledgers in a relational database (H2 or
 * PostgreSQL) through plain JDBC, with the schema created by the Flyway migrations shipped in this
 * jar. Start with {@link org.homeownership.recovery.persistence.jdbc.JdbcStore} and {@link
 * org.homeownership.recovery.persistence.jdbc.RecoverySchema}.
 */
@NullMarked
package org.homeownership.recovery.persistence.jdbc;

import org.jspecify.annotations.NullMarked;

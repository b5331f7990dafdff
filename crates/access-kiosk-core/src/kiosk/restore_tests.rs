//! Restoring a backup rebuilds the database from our own schema and swaps it in only when
//! it is sound (issue 17, item 5). Crafted backups: an extra trigger, a view in a table's
//! place, a dropped trigger, an absurd key-stretch setting, a truncated file.

import Database = require('better-sqlite3-multiple-ciphers');
export = Database;

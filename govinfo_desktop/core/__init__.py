"""Qt-free form engine: table definitions, values, rules, validation and report documents."""

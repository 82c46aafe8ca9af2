"""The candidates area: applications, checks, decisions and appeals, ballot order, statistics, files."""

"""Storage: SQLAlchemy 2.0 typed models, engine set-up and Alembic migrations."""

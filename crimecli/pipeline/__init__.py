"""crimecli's spaCy components, one module each. Importing a module registers its factory."""

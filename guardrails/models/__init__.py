"""Model folders shipped with the package."""

# Import and export formats

"""Scrapy spiders of brandsweep: one sweep spider whose discovery paths are modules here."""

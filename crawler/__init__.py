"""The I/O shell of brandsweep: Scrapy crawl, platform catalog, SQLite store, runner and CLI."""

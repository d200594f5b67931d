"""The ASGI app behind `gcio-bot serve`: webhooks, JSON API, health check and the web chat."""

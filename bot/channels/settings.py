"""Channel settings from the environment (extends the core's settings).

Build with `ChannelSettings()` inside an entry point or app factory, never at import time.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import SettingsConfigDict

from bot.core.settings import CoreSettings


class ChannelSettings(CoreSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_webhook_secret: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org"

    line_channel_secret: SecretStr | None = None
    line_channel_access_token: SecretStr | None = None
    line_api_base_url: str = "https://api.line.me"

    # "tg:123,line:Uabc" — admin user ids, per channel.
    gcio_admin_ids: str = ""
    gcio_admin_token: SecretStr | None = None

    # Abuse limits: questions per user per minute (burst = the same number), question length.
    gcio_rate_limit_per_minute: int = Field(default=10, ge=1)
    gcio_max_question_chars: int = Field(default=500, ge=10)
    # Recent answers cached per (index version, question); 0 turns the cache off.
    gcio_answer_cache: int = Field(default=512, ge=0)
    # Optional JSON-lines file where 👍/👎 feedback is appended (no raw user ids).
    gcio_feedback_file: str | None = None
    # Where lasting data lives (the feedback and unanswered-questions SQLite store).
    gcio_data_dir: Path = Path("data")
    # Feedback and unanswered questions older than this are deleted; 0 keeps them.
    gcio_feedback_retention_days: int = Field(default=180, ge=0)
    # True: record no feedback and no unanswered questions at all.
    gcio_feedback_opt_out: bool = False
    # A conversation's context (for follow-ups like "แล้วเลขานุการล่ะ") is forgotten after this idle time.
    gcio_conversation_ttl_minutes: float = Field(default=30, gt=0)
    # Largest request body accepted, enforced while reading (before any signature check).
    gcio_max_body_bytes: int = Field(default=1_048_576, ge=1024)
    # Comma-separated proxy addresses/CIDRs whose X-Forwarded-For is trusted for per-user web limits.
    gcio_trusted_proxies: str = ""
    # When set, dedupe, rate limits, button payloads and conversations live in Redis (several replicas).
    gcio_redis_url: SecretStr | None = None
    # When set, /metrics requires "Authorization: Bearer <token>".
    gcio_metrics_token: SecretStr | None = None

    @field_validator("telegram_api_base_url", "line_api_base_url")
    @classmethod
    def _strip_slash(cls, v: str) -> str:
        return v.rstrip("/")

    @property
    def telegram_enabled(self) -> bool:
        return bool(_secret(self.telegram_bot_token) and _secret(self.telegram_webhook_secret))

    @property
    def line_enabled(self) -> bool:
        return bool(_secret(self.line_channel_secret) and _secret(self.line_channel_access_token))

    def admin_ids(self) -> set[tuple[str, str]]:
        """{("tg", "123"), ("line", "Uabc")} parsed from GCIO_ADMIN_IDS."""
        out: set[tuple[str, str]] = set()
        for item in self.gcio_admin_ids.split(","):
            item = item.strip()
            if not item or ":" not in item:
                continue
            channel, _, uid = item.partition(":")
            channel = channel.strip().lower()
            if channel == "telegram":
                channel = "tg"
            if uid.strip():
                out.add((channel, uid.strip()))
        return out

    def secrets(self) -> list[str]:
        """Every configured secret value, for the log redaction filter."""
        vals = [
            self.telegram_bot_token,
            self.telegram_webhook_secret,
            self.line_channel_secret,
            self.line_channel_access_token,
            self.gcio_admin_token,
            self.gcio_redis_url,
            self.gcio_metrics_token,
        ]
        return [s for s in (_secret(v) for v in vals) if s]

    # --- issue 9: limits, degraded start, replicas, outbound sending (see docs/CHANNELS.md) ---
    # Seconds a client has to send a request body (uvicorn has no read timeout of its own): 408 after.
    gcio_request_timeout_seconds: float = Field(default=30.0, gt=0)
    # Largest request line + headers accepted by the HTTP parser (431/400 above it).
    gcio_max_header_bytes: int = Field(default=16_384, ge=1024)
    # Connections + in-flight requests before uvicorn answers 503; idle keep-alive seconds.
    gcio_limit_concurrency: int = Field(default=256, ge=1)
    gcio_keep_alive_seconds: int = Field(default=5, ge=1)
    # A channel whose platform is down at start is retried with backoff from this delay up to the max.
    gcio_channel_retry_initial_seconds: float = Field(default=1.0, gt=0)
    gcio_channel_retry_max_seconds: float = Field(default=60.0, gt=0)
    # Key prefix in Redis (several bots may share one server); answer buttons expire after this.
    gcio_redis_prefix: str = "gcio"
    gcio_answer_ttl_hours: float = Field(default=168.0, gt=0)
    # Background sender: concurrent outbound calls, and queued messages per chat before dropping.
    gcio_send_concurrency: int = Field(default=16, ge=1)
    gcio_send_max_pending_per_chat: int = Field(default=20, ge=1)


def _secret(v: SecretStr | None) -> str:
    return v.get_secret_value() if v is not None else ""

"""Prometheus metrics for one app instance (its own `CollectorRegistry`, never the global one).

    metrics = Metrics()
    metrics.send_failed("tg"); metrics.send_retried("line")   # from adapters / the sender
    text, content_type = metrics.render()                      # for GET /metrics

What is exported:

    gcio_http_requests_total{route,method,status}     every HTTP response (route = the route's path)
    gcio_http_request_duration_seconds{route}         time to the end of the response
    gcio_rejected_requests_total{reason}              refused by a limit before a handler ran
    gcio_answer_seconds                               time to answer one question (cache hits included)
    gcio_answers_total{outcome}                       answered / abstained
    gcio_send_retries_total{channel}                  outbound message retried (429, 5xx, timeout)
    gcio_send_failures_total{channel}                 outbound message given up on
    gcio_send_dropped_total{channel,reason}           outbound message never sent (per-chat cap, shutdown)
    gcio_index_reloads_total{result}                  ok / failed
    gcio_index_info{version}                          1 for the index version in use
    gcio_index_documents                              its document count
    gcio_channel_up{channel,state}                    1 for each channel's current state (ok/starting/down)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from bot.channels.holder import EngineHolder, ReloadResult
from bot.core.models import Answer, Context

ANSWER_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
HTTP_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
CHANNEL_STATES = ("ok", "starting", "down")
_METHODS = {"GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"}


class _StateCollector(Collector):
    """Index version and channel states read at scrape time (they change on reload / restart)."""

    def __init__(self) -> None:
        self.holder: Any = None
        self.channel_states: Callable[[], dict[str, str]] | None = None

    def collect(self) -> Iterable[GaugeMetricFamily]:
        if self.holder is not None:
            info = GaugeMetricFamily(
                "gcio_index_info", "The index version in use (value 1)", labels=["version"]
            )
            info.add_metric([str(self.holder.version)], 1)
            yield info
            docs = GaugeMetricFamily("gcio_index_documents", "Documents in the index in use")
            docs.add_metric([], int(self.holder.document_count))
            yield docs
        if self.channel_states is not None:
            up = GaugeMetricFamily(
                "gcio_channel_up", "1 for each channel's current state", labels=["channel", "state"]
            )
            for channel, state in sorted(self.channel_states().items()):
                for s in CHANNEL_STATES:
                    up.add_metric([channel, s], 1 if s == state else 0)
            yield up

    def describe(self) -> Iterable[GaugeMetricFamily]:
        return []


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        r = self.registry = registry or CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "gcio_http_requests",
            "HTTP responses by route, method and status",
            ["route", "method", "status"],
            registry=r,
        )
        self.request_seconds = Histogram(
            "gcio_http_request_duration_seconds",
            "HTTP request duration",
            ["route"],
            buckets=HTTP_BUCKETS,
            registry=r,
        )
        self.rejected = Counter(
            "gcio_rejected_requests",
            "Requests refused by a limit before a handler ran",
            ["reason"],
            registry=r,
        )
        self.answer_seconds = Histogram(
            "gcio_answer_seconds", "Time to answer one question", buckets=ANSWER_BUCKETS, registry=r
        )
        self.answers = Counter("gcio_answers", "Questions answered or abstained", ["outcome"], registry=r)
        self.send_retries = Counter("gcio_send_retries", "Outbound messages retried", ["channel"], registry=r)
        self.send_failures = Counter(
            "gcio_send_failures", "Outbound messages given up on after retries", ["channel"], registry=r
        )
        self.send_drops = Counter(
            "gcio_send_dropped", "Outbound messages never sent", ["channel", "reason"], registry=r
        )
        self.reloads = Counter("gcio_index_reloads", "Index reloads", ["result"], registry=r)
        self._state = _StateCollector()
        r.register(self._state)
        for outcome in ("answered", "abstained"):
            self.answers.labels(outcome=outcome)

    # -- wiring --
    def watch(
        self, *, holder: Any = None, channel_states: Callable[[], dict[str, str]] | None = None
    ) -> None:
        if holder is not None:
            self._state.holder = holder
        if channel_states is not None:
            self._state.channel_states = channel_states

    # -- events (cheap; safe from any thread) --
    def record_answer(self, answer: Answer, seconds: float) -> None:
        self.answer_seconds.observe(seconds)
        self.answers.labels(outcome="abstained" if answer.abstained else "answered").inc()

    def send_retried(self, channel: str) -> None:
        self.send_retries.labels(channel=channel).inc()

    def send_failed(self, channel: str) -> None:
        self.send_failures.labels(channel=channel).inc()

    def send_dropped(self, channel: str, reason: str) -> None:
        self.send_drops.labels(channel=channel, reason=reason).inc()

    def reject(self, reason: str) -> None:
        self.rejected.labels(reason=reason).inc()

    def render(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class MeteredHolder(EngineHolder):
    """An `EngineHolder` whose `ask` and `reload` feed `Metrics` (the holder's own logic is unchanged)."""

    def __init__(self, *args, metrics: Metrics, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.metrics = metrics

    def ask(self, question: str, *, id: str | None = None, context: Context | None = None) -> Answer:
        t0 = time.perf_counter()
        answer = super().ask(question, id=id, context=context)
        self.metrics.record_answer(answer, time.perf_counter() - t0)
        return answer

    async def reload(self) -> ReloadResult:
        result = await super().reload()
        self.metrics.reloads.labels(result="ok" if result.ok else "failed").inc()
        return result


class MetricsMiddleware:
    """Pure ASGI: count every response by route template (bounded label values) and time it."""

    def __init__(self, app, metrics: Metrics, routes: Callable[[], list] | None = None):
        self.app = app
        self.metrics = metrics
        self._routes = routes

    def _route(self, scope) -> str:
        from starlette.routing import Match

        for route in self._routes() if self._routes else ():
            try:
                match, _ = route.matches(scope)
            except Exception:
                continue
            if match != Match.NONE:
                return getattr(route, "path", "other") or "other"
        return "other"

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        route = self._route(scope)
        method = scope.get("method", "GET")
        method = method if method in _METHODS else "other"
        status = 500
        t0 = time.perf_counter()

        async def counting_send(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            self.metrics.requests.labels(route=route, method=method, status=str(status)).inc()
            self.metrics.request_seconds.labels(route=route).observe(time.perf_counter() - t0)

"""A real SMTP server on 127.0.0.1 for tests, which can be stopped to simulate
an outage and started again on the same port."""

import email
import email.policy
import socket
import threading
from dataclasses import dataclass
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

START_TIMEOUT_SECONDS = 5.0
STOP_TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True)
class ReceivedMessage:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes  # the message exactly as it came over the wire

    @property
    def parsed(self) -> EmailMessage:
        return email.message_from_bytes(self.content, policy=email.policy.default)

    @property
    def subject(self) -> str:
        return str(self.parsed["Subject"])

    @property
    def decoded_text(self) -> str:
        """Headers and every text part, with transfer encodings undone, so a
        search for a name cannot miss it because the body is base64."""
        message = self.parsed
        headers = "\n".join(f"{name}: {value}" for name, value in message.items())
        parts = [
            part.get_content()
            for part in message.walk()
            if part.get_content_maintype() == "text"
        ]
        return "\n".join([headers, *parts])


class RecordingHandler:
    """Accepts every message and keeps it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._received: list[ReceivedMessage] = []

    async def handle_DATA(
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        message = ReceivedMessage(
            mail_from=envelope.mail_from or "",
            rcpt_tos=list(envelope.rcpt_tos),
            content=envelope.original_content or b"",
        )
        with self._lock:
            self._received.append(message)
        return "250 Message accepted for delivery"

    @property
    def received(self) -> list[ReceivedMessage]:
        with self._lock:
            return list(self._received)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LocalSMTPServer:
    """aiosmtpd on a fixed local port. What it receives survives restarts."""

    def __init__(self, port: int | None = None) -> None:
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.handler = RecordingHandler()
        self._controller: Controller | None = None

    @property
    def received(self) -> list[ReceivedMessage]:
        return self.handler.received

    @property
    def is_running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        if self._controller is not None:
            return
        # A stopped Controller has closed its event loop: each start needs a new one.
        controller = Controller(
            self.handler,
            hostname=self.host,
            port=self.port,
            ready_timeout=START_TIMEOUT_SECONDS,
        )
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is None:
            return
        # Controller.stop() joins its thread without a timeout; bound the wait.
        stopper = threading.Thread(target=controller.stop, daemon=True)
        stopper.start()
        stopper.join(STOP_TIMEOUT_SECONDS)
        if stopper.is_alive():
            raise RuntimeError(
                f"The SMTP server on port {self.port} did not stop within "
                f"{STOP_TIMEOUT_SECONDS} s."
            )

    def mailers_setting(self) -> dict:
        """settings.MAILERS sending through this server."""
        return {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {
                    "host": self.host,
                    "port": self.port,
                    "use_tls": False,
                    "timeout": 5,
                },
            }
        }

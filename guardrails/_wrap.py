"""Guarded proxies of chat clients: `chat.completions.create` is checked, the rest passes."""

from __future__ import annotations

from typing import Any

from ._chat_driver import AsyncChatDriver, ChatDriver

__all__ = ["AsyncGuardedClient", "GuardedClient"]


class _Passthrough:
    """Forwards every attribute it does not define to the wrapped object."""

    def __init__(self, wrapped: Any) -> None:
        self._wrapped = wrapped

    def __getattr__(self, name: str) -> Any:
        return getattr(self._wrapped, name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._wrapped!r})"


class _Completions(_Passthrough):
    def __init__(self, wrapped: Any, driver: ChatDriver) -> None:
        super().__init__(wrapped)
        self._driver = driver

    def create(self, **params: Any) -> Any:
        """The wrapped `create`, checked on the way in and out (same arguments and result)."""
        return self._driver.create(params)


class _AsyncCompletions(_Passthrough):
    def __init__(self, wrapped: Any, driver: AsyncChatDriver) -> None:
        super().__init__(wrapped)
        self._driver = driver

    async def create(self, **params: Any) -> Any:
        """The wrapped `create`, checked on the way in and out (same arguments and result)."""
        return await self._driver.create(params)


class _Chat(_Passthrough):
    def __init__(self, wrapped: Any, completions: _Passthrough) -> None:
        super().__init__(wrapped)
        self.completions = completions


class GuardedClient(_Passthrough):
    """A sync chat client whose `chat.completions.create` runs through a `Guard`."""

    def __init__(self, client: Any, driver: ChatDriver) -> None:
        super().__init__(client)
        self.chat = _Chat(client.chat, _Completions(client.chat.completions, driver))


class AsyncGuardedClient(_Passthrough):
    """An async chat client whose `chat.completions.create` runs through an `AsyncGuard`."""

    def __init__(self, client: Any, driver: AsyncChatDriver) -> None:
        super().__init__(client)
        self.chat = _Chat(client.chat, _AsyncCompletions(client.chat.completions, driver))

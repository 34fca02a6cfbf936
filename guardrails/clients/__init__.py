"""HTTP clients for OpenAI-compatible chat servers (vLLM, Ollama, llama.cpp, LiteLLM)::

    from guardrails.clients import OpenAICompatibleClient

    llm = OpenAICompatibleClient(base_url="http://localhost:8000/v1", api_key="...")
    reply = llm.chat.completions.create(model="m", messages=[{"role": "user", "content": "Hi"}])
    reply.choices[0].message.content

They need httpx and tenacity only, not the openai SDK, and return the types defined here.
"""

from ._http import AsyncOpenAICompatibleClient, OpenAICompatibleClient
from ._streams import AsyncChatCompletionStream, ChatCompletionStream
from ._types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatMessage,
    Choice,
    ChoiceDelta,
    ChunkChoice,
    FunctionCall,
    FunctionCallDelta,
    ToolCall,
    ToolCallDelta,
    Usage,
)

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncOpenAICompatibleClient",
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionStream",
    "ChatMessage",
    "Choice",
    "ChoiceDelta",
    "ChunkChoice",
    "FunctionCall",
    "FunctionCallDelta",
    "OpenAICompatibleClient",
    "ToolCall",
    "ToolCallDelta",
    "Usage",
]

"""Stream a guarded reply with the async openai client: text is shown only once checked.

    python examples/async_streaming.py --base-url http://localhost:8000/v1 --model my-model \
        "Tell me a story about a lighthouse keeper."
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

import openai

import guardrails as gr
from guardrails import StreamOptions


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prompt")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--api-key", default="not-needed")
    parser.add_argument("--mode", choices=("window", "buffer"), default="window")
    parser.add_argument("--model-dir", type=Path, help="a model folder (default: packaged model)")
    args = parser.parse_args()

    classifier = gr.classifiers.OnnxClassifier.from_path(args.model_dir) if args.model_dir else None
    guard = gr.AsyncGuard(classifier=classifier)
    client = guard.wrap(
        openai.AsyncOpenAI(base_url=args.base_url, api_key=args.api_key),
        stream=StreamOptions(mode=args.mode, window_chars=160),
    )
    stream = await client.chat.completions.create(
        model=args.model, messages=[{"role": "user", "content": args.prompt}], stream=True
    )
    finish = None
    async for chunk in stream:
        for choice in chunk.choices:
            print(choice.delta.content or "", end="", flush=True)
            finish = choice.finish_reason or finish
    print(f"\n\nfinish_reason: {finish}; outcome: {stream.guardrails.outcome}")


if __name__ == "__main__":
    asyncio.run(main())

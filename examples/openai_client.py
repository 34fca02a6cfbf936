"""Guard an OpenAI-compatible chat model with the openai SDK.

    python examples/openai_client.py --base-url http://localhost:8000/v1 --model my-model \
        "How do I bake sourdough bread?"

Works with any OpenAI-compatible server (vLLM, Ollama, llama.cpp, LiteLLM, OpenAI itself).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import openai

import guardrails as gr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prompt")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--api-key", default="not-needed")
    parser.add_argument(
        "--policy", type=Path, default=Path(__file__).with_name("custom_policy.yaml")
    )
    parser.add_argument("--model-dir", type=Path, help="a model folder (default: packaged model)")
    args = parser.parse_args()

    classifier = gr.classifiers.OnnxClassifier.from_path(args.model_dir) if args.model_dir else None
    guard = gr.Guard(classifier=classifier, policy=gr.Policy.from_file(args.policy))
    client = guard.wrap(
        openai.OpenAI(base_url=args.base_url, api_key=args.api_key),
        on_attempt=lambda a: print(f"[attempt {a.round}.{a.candidate}: {a.verdict.action.value}]"),
    )
    response = client.chat.completions.create(
        model=args.model, messages=[{"role": "user", "content": args.prompt}]
    )
    report = response.guardrails
    print(response.choices[0].message.content)
    print(f"\noutcome: {report.outcome}, attempts: {report.attempts}")
    if report.input is not None:
        print(f"input: {report.input.action.value} {list(report.input.triggered)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Chat with Azure OpenAI.

The new import goes after the shebang, the encoding line, this docstring and the leading
import; the imports after code are no place for it.
"""
import sys

sys.path.insert(0, ".")

import os

from openai import AzureOpenAI

client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])  # want "KL102"

package dev.nnc.runtime.model;

/**
 * What one epoch of {@link Session#fit} did.
 *
 * @param epoch the epoch's number, counted from 1 over the model's whole training (a checkpoint
 *     loaded with {@link Session#load} brings its count)
 * @param step the optimizer steps taken so far, over the whole training
 * @param loss the mean training loss over the epoch's samples
 * @param validation the scores on {@link FitOptions#validation()}, or null without validation data
 * @param samplesPerSecond training throughput in this epoch
 */
public record Epoch(int epoch, long step, double loss, Scores validation, double samplesPerSecond) {}
